${msg("mypageLoginAlertConfirmBody", link, minutes)}

${link}

${msg("mypageLoginAlertConfirmNotMe")}

${msg("mypageMailFooter")}

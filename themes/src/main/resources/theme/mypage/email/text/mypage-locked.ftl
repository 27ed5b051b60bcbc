${msg("mypageLockedBody", user.username)}

${msg("mypageLockedLinkText")}: ${link}
${msg("mypageLockedLinkHint", minutes)}

${msg("mypageMailFooter")}

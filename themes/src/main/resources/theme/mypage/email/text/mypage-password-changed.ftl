${msg("mypagePasswordChangedBody", username)}

${msg("mypagePasswordChangedMailApps")}

${msg("mypageMailFooter")}

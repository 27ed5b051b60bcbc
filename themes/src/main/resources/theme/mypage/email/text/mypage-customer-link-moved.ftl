${msg("mypageLinkMovedBody", customerNumber)}

${msg("mypageMailFooter")}

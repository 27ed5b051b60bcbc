${msg("mypageLinkTriedBody", customerNumber)}

${msg("mypageMailFooter")}

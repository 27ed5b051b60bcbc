${msg("mypageLinkLinkedBody", customerNumber)}

${msg("mypageMailFooter")}

${msg("mypageCustomerLinkMovedBody", customerNumber)}

${msg("mypageMailFooter")}

${msg("mypageCustomerLinkTriedBody", customerNumber)}

${msg("mypageMailFooter")}

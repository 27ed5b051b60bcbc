${msg("mypageCustomerLinkedBody", customerNumber)}

${msg("mypageMailFooter")}

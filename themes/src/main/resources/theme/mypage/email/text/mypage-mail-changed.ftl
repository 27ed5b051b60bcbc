${msg("mypageMailChangedBody", newEmailMasked)}

${msg("mypageMailFooter")}

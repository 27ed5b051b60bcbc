${msg("mypageDaccountUnlinkedBody")}

${msg("mypageDaccountNoticeNotMe")}

${msg("mypageMailFooter")}

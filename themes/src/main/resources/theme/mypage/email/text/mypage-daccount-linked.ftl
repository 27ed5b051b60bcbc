${msg("mypageDaccountLinkedBody")}

${msg("mypageDaccountNoticeNotMe")}

${msg("mypageMailFooter")}

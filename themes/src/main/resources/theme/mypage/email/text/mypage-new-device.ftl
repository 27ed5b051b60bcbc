${msg("mypageNewDeviceBody")}

${msg("mypageNewDeviceDetails", when, ip, device)}

${msg("mypageNewDeviceNotMe")}

${msg("mypageMailFooter")}

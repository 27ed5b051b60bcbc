${msg("mypageLoginAlertBody")}

${msg("mypageLoginAlertDetails", when, ip, device, client)}

${msg("mypageNewDeviceNotMe")}

${msg("mypageMailFooter")}

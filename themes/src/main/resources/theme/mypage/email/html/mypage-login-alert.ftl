<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageLoginAlertBody"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageLoginAlertDetails", when, ip, device, client))?no_esc}</p>
    <p>${kcSanitize(msg("mypageNewDeviceNotMe"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>

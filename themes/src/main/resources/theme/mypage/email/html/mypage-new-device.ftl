<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageNewDeviceBody"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageNewDeviceDetails", when, ip, device))?no_esc}</p>
    <p>${kcSanitize(msg("mypageNewDeviceNotMe"))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>

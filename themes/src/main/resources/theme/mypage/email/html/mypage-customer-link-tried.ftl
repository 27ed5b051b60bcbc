<#import "template.ftl" as layout>
<@layout.emailLayout>
    <p>${kcSanitize(msg("mypageCustomerLinkTriedBody", customerNumber))?no_esc}</p>
    <p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</@layout.emailLayout>

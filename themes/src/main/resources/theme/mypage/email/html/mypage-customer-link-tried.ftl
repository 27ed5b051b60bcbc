<html><body>
<p>${kcSanitize(msg("mypageLinkTriedBody", customerNumber))?no_esc}</p>
<p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</body></html>

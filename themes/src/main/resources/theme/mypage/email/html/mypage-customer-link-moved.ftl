<html><body>
<p>${kcSanitize(msg("mypageLinkMovedBody", customerNumber))?no_esc}</p>
<p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</body></html>

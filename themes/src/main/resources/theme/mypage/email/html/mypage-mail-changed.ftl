<html><body>
<p>${kcSanitize(msg("mypageMailChangedBody", newEmailMasked))?no_esc}</p>
<p>${kcSanitize(msg("mypageMailFooter"))?no_esc}</p>
</body></html>

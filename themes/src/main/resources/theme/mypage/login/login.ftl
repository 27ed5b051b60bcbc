<#--
  OCN マイページ: username/password login page.
  Override of keycloak.v2's login.ftl, built on its template.ftl / field.ftl / buttons.ftl macros.
  Differences from stock:
  - the username field is labelled as OCN ID or customer number, has a hint line and input
    attributes for mail addresses / customer numbers (field.input cannot take extra attributes,
    so the input is written here inside field.group, mirroring field.input's markup);
  - the stock "forgot password" link inside the password field is not shown; instead the three
    "cannot log in" routes are listed below the form.
  The form is a plain POST to url.loginAction and works without JavaScript.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "passkeys.ftl" as passkeys>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
<!-- template: login.ftl (mypage) -->

    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#-- Maintenance window under way or coming soon (jp.ocn.mypage.maintenance.MaintenanceNotice). -->
        <#if mypageMaintenance??>
            <div id="mypage-maintenance" class="mypage-maintenance" role="status">
                <p><#if mypageMaintenance.active>${msg("mypageMaintenanceActive", mypageMaintenance.endDate, mypageMaintenance.endTime)}<#else>${msg("mypageMaintenanceAnnounced", mypageMaintenance.startDate, mypageMaintenance.startTime, mypageMaintenance.endDate, mypageMaintenance.endTime)}</#if></p>
                <#if mypageMaintenance.message?has_content><p>${mypageMaintenance.message}</p></#if>
            </div>
        </#if>
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <#assign usernameError = messagesPerField.getFirstError('username','password')>
                        <@field.group name="username" label=msg("mypageLoginIdLabel") error=usernameError>
                            <div id="username-hint" class="${properties.kcFormHelperTextClass!} mypage-field-hint">
                                <span class="${properties.kcInputHelperTextItemTextClass!}">${msg("mypageLoginIdHint")}</span>
                            </div>
                            <span class="${properties.kcInputClass!} <#if usernameError?has_content>${properties.kcError!}</#if>">
                                <input id="username" name="username" value="${login.username!''}" type="text"
                                       autocomplete="${(enableWebAuthnConditionalUI?has_content)?then('username webauthn', 'username')}"
                                       autocapitalize="none" autocorrect="off" spellcheck="false" inputmode="email" autofocus
                                       aria-describedby="username-hint<#if usernameError?has_content> input-error-username</#if>"
                                       aria-invalid="<#if usernameError?has_content>true</#if>"/>
                                <@field.errorIcon error=usernameError/>
                            </span>
                        </@field.group>
                        <@field.password name="password" label=msg("password") error="" forgotPassword=false autofocus=usernameHidden?? autocomplete="current-password">
                            <#if realm.rememberMe && !usernameHidden??>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    <#else>
                        <@field.password name="password" label=msg("password") forgotPassword=false autofocus=usernameHidden?? autocomplete="current-password">
                            <#if realm.rememberMe && !usernameHidden??>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    </#if>

                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>

                <#-- "Cannot log in" routes: ID unknown, password unknown, system error. -->
                <#-- Help page language: the page locale (locale bean when internationalization is on, else lang). -->
                <#assign mypageLangTag = (locale??)?then(locale.currentLanguageTag, lang!'ja')>
                <#assign mypageHelpLang = mypageLangTag?lower_case?starts_with("en")?then("en", "ja")>
                <nav id="mypage-login-help" class="mypage-login-help">
                    <ul class="mypage-login-links">
                        <li><a id="mypage-forgot-id" href="${url.loginResetCredentialsUrl}${url.loginResetCredentialsUrl?contains("?")?then("&", "?")}mypage_route=id">${msg("mypageForgotId")}</a>
                            <span class="mypage-note">${msg("mypageForgotIdHint")}</span></li>
                        <li><a id="mypage-forgot-password" href="${url.loginResetCredentialsUrl}${url.loginResetCredentialsUrl?contains("?")?then("&", "?")}mypage_route=reset">${msg("mypageForgotPassword")}</a></li>
                        <li><a id="mypage-system-error" href="${url.resourcesPath}/help/system-error-${mypageHelpLang}.html">${msg("mypageSystemErrorLink")}</a></li>
                    </ul>
                </nav>
            </#if>
          </div>
        </div>
        <@passkeys.conditionalUIData />
    <#elseif section = "socialProviders" >
        <#-- Identity providers as text-only buttons (no trademarked logos shipped); dアカウント has its own words. -->
        <#if realm.password && social.providers?? && social.providers?has_content>
            <div id="kc-social-providers" class="mypage-identity-providers">
                <ul class="mypage-identity-provider-list">
                    <#list social.providers as p>
                        <li><a id="social-${p.alias}" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${p.loginUrl}"><#if p.alias == "daccount">${msg("mypageDaccountSignIn")}<#else>${p.displayName!}</#if></a></li>
                    </#list>
                </ul>
            </div>
        </#if>
    <#elseif section = "info" >
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <div id="kc-registration-container">
                <div id="kc-registration">
                    <span>${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></span>
                </div>
            </div>
        </#if>
    </#if>

</@layout.registrationLayout>

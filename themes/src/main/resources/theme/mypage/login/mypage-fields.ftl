<#-- A labelled text field with its error under it, as our forms show them (id and name the same; error id input-error-<name>). -->
<#macro field name label type="text" value="" maxlength="100" inputmode="" autocomplete="off" placeholder="">
    <#assign fieldError = messagesPerField.getFirstError(name)>
    <div class="${properties.kcFormGroupClass!}">
        <label for="${name}" class="${properties.kcFormLabelClass!}">${msg(label)}</label>
        <span class="${properties.kcInputClass!} <#if fieldError?has_content>${properties.kcError!}</#if>">
            <input id="${name}" name="${name}" type="${type}" value="${value}" maxlength="${maxlength}" autocomplete="${autocomplete}"
                   <#if inputmode?has_content>inputmode="${inputmode}"</#if> <#if placeholder?has_content>placeholder="${placeholder}"</#if>
                   aria-invalid="<#if fieldError?has_content>true</#if>" <#if fieldError?has_content>aria-describedby="input-error-${name}"</#if>/>
        </span>
        <#if fieldError?has_content>
            <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${name}">
                    <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(fieldError)?no_esc}</span>
                </div>
            </div>
        </#if>
    </div>
</#macro>

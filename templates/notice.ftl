<#-- Markdown of the monitoring body's notice on the reports received for a quarter. Every value
     arrives prepared and escaped by plan-report (render/Letters); this template only places them. -->
${header.parent}  
**${header.issuer}**  
\*  
${header.number}

**${header.national}**  
*${header.place_date}*

# ${doc_title}

**${subject}**

${intro}

${totals}
<#list exceptions as e>

${e}
</#list>
<#if covered??>

${covered}
</#if>
<#if see_annex??>

${see_annex}
</#if>

${letters}

${closing}

**${recipients_title}**
<#list recipients as x>
- ${x}
</#list>

<#list signature.authority as a>
**${a}**  
</#list>
${signature.title!}
<#if signature.name??>

**${signature.name}**
</#if>
<#if rows?has_content>

---

**${annex_title}**

**${annex_subject?upper_case}**

*${annex_ref}*

| ${col_no} | ${col_unit} | ${col_owed} | ${col_sent} | ${col_submitted} | ${col_missing} | ${col_consecutive} |
|---:|---|---:|---:|---|---|---:|
<#list rows as u>
| ${u.no} | ${u.unit} | ${u.owed} | ${u.sent} | ${u.submitted} | ${u.missing} | ${u.consecutive} |
</#list>
</#if>

<#-- Markdown of the monitoring body's short notice on the reports and tasks coming due (remind --upcoming). Every value
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
<#if none??>

${none}
</#if>
<#list reports as x>

${x}
</#list>
<#if tasks_intro??>

${tasks_intro}

<#list tasks as t>
- ${t}
</#list>
</#if>

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

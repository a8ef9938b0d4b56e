<#-- Markdown of the monitoring body's short notice on the reports and tasks coming due (remind --upcoming), or of one
     unit's letter about them (--letters: unit and trích yếu instead of the title). Every value arrives prepared and
     escaped by plan-report (render/Letters); this template only places them. -->
${header.parent}  
**${header.issuer}**  
\*  
${header.number}<#if header.trich_yeu??>  
*${header.trich_yeu}*</#if>

**${header.national}**  
*${header.place_date}*
<#if doc_title??>

# ${doc_title}

**${subject}**
</#if>
<#if unit??>

${kinh_gui_label} **${unit}**
</#if>

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
<#list after as x>

${x}
</#list>

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

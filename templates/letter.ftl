<#-- Markdown of a reminder letter (công văn đôn đốc). Every value arrives prepared and escaped by
     plan-report (render/Letters), its words from the remind.* keys of the message catalogue; this
     template only places them. -->
${header.parent}  
**${header.issuer}**  
\*  
${header.number}  
*${header.trich_yeu}*

**${header.national}**  
*${header.place_date}*

${kinh_gui_label} **${unit}**

${basis}

${rule}
<#if missing_intro??>

${missing_intro}
</#if>
<#if run??>

${run}
</#if>
<#if rows_intro??>

${rows_intro}
</#if>
<#if missing_rows?has_content>

| ${col_period} | ${col_due} | ${col_days_late} | ${col_tasks} |
|---|---|---:|---|
<#list missing_rows as m>
| ${m.period} | ${m.due} | ${m.days_late} | ${m.tasks} |
</#list>
</#if>
<#if tasks_intro??>

${tasks_intro}

<#list tasks as t>
- ${t}
</#list>
</#if>
<#list held as h>

${h}
</#list>
<#if consecutive??>

${consecutive}
</#if>
<#list late as l>

${l}
</#list>
<#if overdue_intro??>

${overdue_intro}

<#list overdue as o>
- ${o}
</#list>
</#if>
<#list requests as q>

${q}
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

<#-- Markdown of the internal material of a review: the errors left in the units' data and the list to
     follow up. plan-report compile writes it to its own file (….noi-bo.md), never into the review. -->
*${msg.internal_note}*

# ${msg.internal_title?upper_case}

**${msg.internal_about} ${document.title?lower_case} ${document.subject?uncap_first}**
<#assign next = 1>
<#if forced>

## ${next}. ${msg.heading_appendix_problems?upper_case}

<#list problems as p>
- ${p.text}
</#list>
<#assign next = next + 1>
</#if>

## ${next}. ${msg.heading_appendix_internal?upper_case}

### 1. ${msg.heading_overdue}

<#list follow_up.overdue as o>
- ${msg.task} ${o.task} (${msg.due} ${o.due_text}): ${o.pending_text}
<#else>
${msg.no_overdue}
</#list>

### 2. ${msg.heading_missing}

<#list follow_up.missing as m>
- ${m.name}: ${m.missing_text}
<#else>
${msg.no_missing}
</#list>

### 3. ${msg.heading_late}

<#list follow_up.late as m>
- ${m.name}: ${m.late_text}
<#else>
${msg.no_late}
</#list>

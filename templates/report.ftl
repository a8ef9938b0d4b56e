<#-- Markdown (GitHub-flavoured) report. Every value arrives formatted and escaped by plan-report,
     fixed text from the message catalogue of --lang as msg (messages/vi.properties, en.properties);
     this template only places it. Override it with: plan-report compile --templates DIR. -->
<#macro blocks list><#list list as b><#if b.list><#list b.items as i>
- ${i}
</#list>

<#else>
${b.text}

</#if></#list></#macro>
<#macro part p><@blocks p.notes/><#if p.points?has_content><#list p.points as x>
- ${x}
</#list>

</#if><#if p.empty??>
${p.empty}

</#if></#macro>
<#macro groups p><@blocks p.notes/><#if p.intro??>
${p.intro}

<#list p.groups as g>
- ${g.text} ${g.by_text}
</#list>

</#if><#if p.points_intro??>
${p.points_intro}

<#list p.points as x>
- ${x}
</#list>

</#if><#if p.empty??>
${p.empty}

</#if></#macro>
| <#if document.parent??>${document.parent}<br></#if>**${document.issuer}**<br>\*<br>${document.number} | **<ins>${msg.header_national}</ins>**<br><br>*${document.place_date}* |
|:---:|:---:|

# ${document.title}

**${document.subject}**

<#if forced>
> **${msg.forced_label}** ${msg.forced_before} ${problems?size} ${msg.forced_after}

</#if>
${review.opening}

## I. ${msg.heading_leadership}

<@blocks review.leadership.notes/>
<#list review.leadership.points as x>
${x}

</#list>
<#list handovers as h>
${h}

</#list>
<#if reporting_by_period?size gt 1>
**${msg.heading_reporting_table}**

| ${msg.col_period} | ${msg.col_report_due} | ${msg.col_expected} | ${msg.col_received} | ${msg.col_on_time} | ${msg.col_undated} | ${msg.col_received_rate} | ${msg.col_on_time_rate} |
|:---|:---:|---:|---:|---:|---:|---:|---:|
<#list reporting_by_period as p>
| ${p.period_label} | ${p.due_text} | ${p.expected} | ${p.received} | ${p.on_time} | ${p.undated} | ${p.reporting_rate_text} | ${p.on_time_rate_text} |
</#list>

</#if>
<#list (charts![]) as c><#if c.place == "reporting">
![${c.caption}](${c.file})

</#if></#list>
## II. ${msg.heading_results}

<@blocks review.results_notes/>
${review.overall}

| ${msg.col_classification} | ${msg.col_task_count} | ${msg.col_share} |
|:---|---:|---:|
<#list counts as c>
| ${c.label} | ${c.count} | ${c.percent_text} |
</#list>

<#list review.sections as s>
### ${s.id}. ${s.title}

${s.text}

<#list s.indicators as i>
${i}

</#list>
</#list>
<#assign reported = indicators?filter(i -> i.reported)>
<#assign targeted = indicators?filter(i -> i.term_target?? || i.by_year?filter(y -> y.target??)?has_content)>
<#if reported?has_content>
**${msg.heading_indicators_table}**

| ${msg.col_indicator} | ${msg.col_unit} | <#if final>${msg.col_whole_term}<#else>${msg.col_in_period}</#if> | ${msg.col_year_to_date} ${indicators[0].year?c} | ${msg.col_year_target} ${indicators[0].year?c} | ${msg.col_target_rate} |
|:---|:---|---:|---:|---:|---:|
<#list reported as i>
| ${i.name} | ${i.unit} | ${i.value_text} | ${i.year_to_date_text} | ${i.target_text} | ${i.target_rate_text} |
</#list>
<#if final && targeted?has_content>

| ${msg.col_indicator} | ${msg.col_year} | ${msg.col_achieved} | ${msg.col_target} | ${msg.col_share} |
|:---|:---:|---:|---:|---:|
<#list targeted as i><#list i.by_year as y>
| ${i.name} | ${y.year?c} | ${y.value_text} | ${y.target_text} | ${y.rate_text} |
</#list>
| ${i.name} | **${msg.col_term_total}** | **${i.term_to_date_text}** | **${i.term_target_text}** | **${i.term_rate_text}** |
</#list>
</#if>

</#if>
<#list (charts![]) as c><#if c.place == "measures">
![${c.caption}](${c.file})

</#if></#list>
*${msg.see_appendix_results}*

## III. ${msg.heading_assessment}

### 1. ${msg.heading_strengths}

<@part review.strengths/>
### 2. ${msg.heading_weaknesses_causes}

#### a) ${msg.heading_weaknesses}

<@part review.weaknesses/>
#### b) ${msg.heading_causes}

<@groups review.causes/>
<#if review.difficulties_by_unit?has_content || review.proposals_by_unit?has_content>
*${msg.see_appendix_notes}*

</#if>
<#if review.lessons??>
### 3. ${msg.heading_lessons}

<@part review.lessons/>
</#if>
## IV. ${msg.heading_directions}

<@part review.directions/>
## V. ${msg.heading_proposals_part}

<@groups review.proposals/>
${review.closing}

| <ins>${msg.recipients}</ins><br><#list document.recipients as r>- ${r}<#sep><br></#sep></#list> | <#list document.signature.authorities as a>**${a}**<br></#list>${document.signature.title!}<br><br><br><br><#if document.signature.name??>**${document.signature.name}**</#if> |
|:---|:---:|

---

## ${msg.heading_appendices} 1. ${msg.heading_appendix_results?upper_case}

*${review.appendix_ref}*

<#list tasks as t>
**${msg.task} ${t.id}.** ${t.title}

<#if t.results?has_content>
| ${msg.col_body} | ${msg.col_role} | ${msg.col_status} | ${msg.col_result} |
|:---|:---:|:---|:---|
<#list t.results as r>
| ${r.name} | ${r.role_label} | ${r.status_text}<#if r.period_label?? && (periods?size gt 1)> (${r.period_label})</#if> | ${r.result!"—"} |
</#list>
<#else>
${msg.results_done_before}
</#if>
<#list t.regressions as g>

- ${g.text}
</#list>

</#list>
---

## ${msg.heading_appendices} 2. <#if final>${msg.heading_appendix_grid?upper_case}<#else>${msg.heading_appendix_tasks?upper_case}</#if>

*${review.appendix_ref}*

<#if final>
| ${msg.col_task} | ${msg.col_deadline} | ${msg.col_completed} | <#list period_labels as p>${p} | </#list>${msg.col_whole_term} |${"\n"}<#t>
|:---|:---:|:---:|<#list period_labels as p>:---:|</#list>:---:|${"\n"}<#t>
<#list tasks as t>
| ${t.id} | ${t.due_text!msg.ongoing} | ${t.completed_on_text!"—"} | <#list t.history_cells as c>${c} | </#list><#list counts as c><#if c.classification == t.classification>${c.short}</#if></#list> |${"\n"}<#t>
</#list>

${msg.legend}: <#list counts as c>${c.short}: ${c.label}<#sep>; </#sep></#list>; —: ${msg.legend_not_begun}.
<#else>
| ${msg.col_task} | ${msg.col_task_title} | ${msg.col_timeframe} | ${msg.col_leads} | ${msg.col_classification} | ${msg.col_completed_on} |
|:---|:---|:---|:---|:---|:---:|
<#list tasks as t>
| ${t.id} | ${t.title} | ${t.timeframe} | ${t.leads_text} | ${t.classification_label} | ${t.completed_on_text!"—"} |
</#list>
</#if>

---

## ${msg.heading_appendices} 3. ${msg.heading_appendix_reporting?upper_case}

*${review.appendix_ref}*

| ${msg.col_body} | ${msg.col_expected} | ${msg.col_received} | ${msg.col_on_time} | ${msg.col_undated} | ${msg.col_received_rate} | ${msg.col_on_time_rate} |
|:---|---:|---:|---:|---:|---:|---:|
<#list reporting as b>
| ${b.name} | ${b.expected} | ${b.received} | ${b.on_time} | ${b.undated} | ${b.reporting_rate_text} | ${b.on_time_rate_text} |
</#list>
| **${msg.total}** | **${reporting_total.expected}** | **${reporting_total.received}** | **${reporting_total.on_time}** | **${reporting_total.undated}** | **${reporting_total.reporting_rate_text}** | **${reporting_total.on_time_rate_text}** |
<#assign next = 4>
<#if review.difficulties_by_unit?has_content || review.proposals_by_unit?has_content>

---

## ${msg.heading_appendices} ${next}. ${msg.heading_appendix_notes?upper_case}

*${review.appendix_ref}*

<#if review.difficulties_by_unit?has_content>
### 1. ${msg.heading_appendix_difficulties}

<#list review.difficulties_by_unit as g>
- ${g.text} ${g.by_text}
</#list>

</#if>
<#if review.proposals_by_unit?has_content>
### <#if review.difficulties_by_unit?has_content>2<#else>1</#if>. ${msg.heading_appendix_proposals}

<#list review.proposals_by_unit as g>
- ${g.text} ${g.by_text}
</#list>
</#if>
<#assign next = next + 1>
</#if>
<#if areas??>

---

## ${msg.heading_appendices} ${next}. ${msg.heading_appendix_areas?upper_case}

*${review.appendix_ref}*

| ${msg.col_area} |<#list areas.columns as c> ${c.heading} |</#list>
|:---|<#list areas.columns as c>---:|</#list>
<#list areas.rows as row>
| ${row.label} |<#list row.value_texts as v> ${v} |</#list>
</#list>
<#if areas.note??>

*${areas.note}*
</#if>
<#assign next = next + 1>
</#if>

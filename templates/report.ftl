<#-- Markdown (GitHub-flavoured) report. Every value arrives formatted and escaped by plan-report,
     fixed text from the message catalogue of --lang as msg (messages/vi.properties, en.properties);
     this template only places it. Override it with: plan-report compile --templates DIR. -->
| ${document.parent}<br>**${document.issuer}**<br>\*<br>${document.number} | **<ins>${msg.header_national}</ins>**<br><br>*${document.place_date}* |
|:---:|:---:|

# ${document.title}

**${document.subject}**

<#if forced>
> **${msg.forced_label}** ${msg.forced_before} ${problems?size} ${msg.forced_after}

</#if>
<#if final>
${msg.intro_final} ${window_text}, ${msg.intro_as_of} ${as_of_text}, ${msg.intro_final_end}
<#else>
${msg.intro_summary} ${window_text}, ${msg.intro_as_of} ${as_of_text}, ${msg.intro_summary_end}
</#if>

## I. ${msg.heading_overview}

### 1. ${msg.heading_task_results}

${msg.task_total}: ${task_total}.

| ${msg.col_classification} | ${msg.col_task_count} | ${msg.col_share} | ${msg.col_chart} |
|:---|---:|---:|:---|
<#list counts as c>
| ${c.label} | ${c.count} | ${c.percent_text} | ${c.bar} |
</#list>

<#if deadline_totals.tasks gt 0>
${msg.deadline_of} ${deadline_totals.tasks} ${msg.deadline_tasks}: ${msg.deadline_done_on_time} ${deadline_totals.done_on_time} (${deadline_totals.done_on_time_text}), ${msg.deadline_done_late} ${deadline_totals.done_late} (${deadline_totals.done_late_text}), ${msg.deadline_overdue} ${deadline_totals.overdue} (${deadline_totals.overdue_text}), ${msg.deadline_not_yet_due} ${deadline_totals.not_yet_due} (${deadline_totals.not_yet_due_text}), ${msg.deadline_no_report} ${deadline_totals.no_report} (${deadline_totals.no_report_text}).

</#if>
### 2. ${msg.heading_reporting}

${msg.reports_expected}: ${reporting_total.expected}; ${msg.reports_received}: ${reporting_total.received} (${reporting_total.reporting_rate_text}); ${msg.reports_on_time}: ${reporting_total.on_time} (${reporting_total.on_time_rate_text}); ${msg.reports_missing}: ${reporting_total.missing_count}.
<#list handovers as h>

${h}
</#list>

| ${msg.col_report_state} | ${msg.col_report_count} | ${msg.col_share} | ${msg.col_chart} |
|:---|---:|---:|:---|
<#list reporting_chart as c>
| ${c.label} | ${c.count} | ${c.percent_text} | ${c.bar} |
</#list>

<#if reporting_by_period?size gt 1>
| ${msg.col_period} | ${msg.col_report_due} | ${msg.col_expected} | ${msg.col_received} | ${msg.col_on_time} | ${msg.col_undated} | ${msg.col_received_rate} | ${msg.col_on_time_rate} | ${msg.col_chart} |
|:---|:---:|---:|---:|---:|---:|---:|---:|:---|
<#list reporting_by_period as p>
| ${p.period_label} | ${p.due_text} | ${p.expected} | ${p.received} | ${p.on_time} | ${p.undated} | ${p.reporting_rate_text} | ${p.on_time_rate_text} | ${p.bar} |
</#list>

</#if>
### 3. ${msg.heading_indicators}

<#if indicators?has_content>
| ${msg.col_indicator} | ${msg.col_unit} | ${msg.col_in_period} | ${msg.col_year_to_date} ${indicators[0].year} | ${msg.col_year_target} ${indicators[0].year} | ${msg.col_target_rate} |
|:---|:---|---:|---:|---:|---:|
<#list indicators as i>
| ${i.name} | ${i.unit} | ${i.value_text} | ${i.year_to_date_text} | ${i.target_text} | ${i.target_rate_text} |
</#list>
<#if final>

| ${msg.col_indicator} | ${msg.col_year} | ${msg.col_achieved} | ${msg.col_target} | ${msg.col_share} |
|:---|:---:|---:|---:|---:|
<#list indicators as i><#list i.by_year as y>
| ${i.name} | ${y.year} | ${y.value_text} | ${y.target_text} | ${y.rate_text} |
</#list></#list>
</#if>
<#else>
${msg.no_indicators}
</#if>

## II. ${msg.heading_tasks}

<#list tasks as t>
<#if t.first_in_section>
### ${t.section_id}. ${t.section_title}

</#if>
#### ${msg.task} ${t.id}: ${t.classification_label}

- ${msg.label_content}: ${t.content}
- ${msg.label_timeframe}: ${t.timeframe}<#if t.due_text??> (${msg.due} ${t.due_text})</#if>
- ${msg.label_leads}: ${t.leads_text}
- ${msg.label_coordinators}: ${t.coordinators_text}
<#if t.completed_on_text??>
- ${msg.label_completed}: ${msg.on_date} ${t.completed_on_text}, ${msg.due} ${t.due_text}
</#if>
<#if final>
- ${msg.label_history}: <#list t.history as h>${h.period_label}: ${h.label}<#sep>; </#sep></#list>
</#if>
<#list t.indicators as i>
- ${i.name}: ${msg.indicator_in_period} ${i.value_text} ${i.unit}; ${msg.indicator_year_to_date} ${i.year} ${i.year_to_date_text}/${i.target_text} ${i.unit} (${i.target_rate_text})
</#list>
<#if t.results?has_content>
- ${msg.label_unit_results}:
<#list t.results as r>
  - **${r.name}** (${r.role_label}<#if r.period_label??>, ${r.period_label}</#if>, ${r.status_text})<#if r.result??>: ${r.result}</#if>
</#list>
<#else>
- ${msg.label_unit_results}: ${msg.results_done_before}
</#if>
<#list t.regressions as g>
- ${g.text}
</#list>

</#list>
## III. ${msg.heading_issues}

### 1. ${msg.heading_difficulties}

<#list difficulties as n>
- **${n.name}** (${msg.task_lower} ${n.task}, ${n.period_label}): ${n.text}
<#else>
${msg.no_difficulties}
</#list>

### 2. ${msg.heading_proposals}

<#list proposals as n>
- **${n.name}** (${msg.task_lower} ${n.task}, ${n.period_label}): ${n.text}
<#else>
${msg.no_proposals}
</#list>

## IV. ${msg.heading_follow_up}

### 1. ${msg.heading_overdue}

<#list follow_up.overdue as o>
- ${msg.task} ${o.task} (${msg.due} ${o.due_text}): ${o.pending_text}
<#else>
${msg.no_overdue}
</#list>

### 2. ${msg.heading_missing}

<#list follow_up.missing as m>
- **${m.name}**: ${m.missing_text}
<#else>
${msg.no_missing}
</#list>

### 3. ${msg.heading_late}

<#list follow_up.late as m>
- **${m.name}**: ${m.late_text}
<#else>
${msg.no_late}
</#list>

| **${msg.recipients}**<br><#list document.recipients as r>- ${r}<#sep><br></#sep></#list> | **${document.signature.authority}**<br>${document.signature.title}<br><br><br><br>**${document.signature.name}** |
|:---|:---:|

## ${msg.heading_appendices}

### ${msg.appendix} 1. ${msg.heading_appendix_tasks}

<#if final>
| ${msg.col_task} | ${msg.col_deadline} | ${msg.col_completed} | <#list period_labels as p>${p}<#sep> | </#sep></#list> |${"\n"}<#t>
|:---|:---:|:---:|<#list period_labels as p>:---:|</#list>${"\n"}<#t>
<#list tasks as t>
| ${t.id} | ${t.due_text!msg.ongoing} | ${t.completed_on_text!"—"} | <#list t.history_cells as c>${c}<#sep> | </#sep></#list> |${"\n"}<#t>
</#list>

${msg.legend}: <#list counts as c>${c.short}: ${c.label}<#sep>; </#sep></#list>; —: ${msg.legend_not_begun}.
<#else>
| ${msg.col_task} | ${msg.col_timeframe} | ${msg.col_leads} | ${msg.col_classification} | ${msg.col_completed_on} |
|:---|:---|:---|:---|:---:|
<#list tasks as t>
| ${t.id} | ${t.timeframe} | ${t.leads_text} | ${t.classification_label} | ${t.completed_on_text!"—"} |
</#list>
</#if>

### ${msg.appendix} 2. ${msg.heading_appendix_reporting}

| ${msg.col_body} | ${msg.col_expected} | ${msg.col_received} | ${msg.col_on_time} | ${msg.col_undated} | ${msg.col_received_rate} | ${msg.col_on_time_rate} |
|:---|---:|---:|---:|---:|---:|---:|
<#list reporting as b>
| ${b.name} | ${b.expected} | ${b.received} | ${b.on_time} | ${b.undated} | ${b.reporting_rate_text} | ${b.on_time_rate_text} |
</#list>
| **${msg.total}** | **${reporting_total.expected}** | **${reporting_total.received}** | **${reporting_total.on_time}** | **${reporting_total.undated}** | **${reporting_total.reporting_rate_text}** | **${reporting_total.on_time_rate_text}** |
<#if forced>

### ${msg.appendix} 3. ${msg.heading_appendix_problems}

<#list problems as p>
- ${p.text}
</#list>
</#if>

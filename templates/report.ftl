<#-- Markdown (GitHub-flavoured) report. Every value arrives formatted and escaped by plan-report;
     this template only places it. Override it with: plan-report compile --templates DIR. -->
| ${document.parent}<br>**${document.issuer}**<br>\*<br>${document.number} | **<ins>ĐẢNG CỘNG SẢN VIỆT NAM</ins>**<br><br>*${document.place_date}* |
|:---:|:---:|

# ${document.title}

**${document.subject}**

<#if forced>
> **Lưu ý:** báo cáo này được lập khi dữ liệu báo cáo của các đơn vị còn ${problems?size} lỗi (xem Phụ lục 3); số liệu có liên quan cần được kiểm tra lại.

</#if>
<#if final>
Thực hiện Kế hoạch ${window_text}, tính đến ${as_of_text}, kết quả như sau:
<#else>
Kết quả thực hiện ${window_text}, tính đến ${as_of_text}, như sau:
</#if>

## I. TÌNH HÌNH CHUNG

### 1. Kết quả thực hiện các nhiệm vụ

Tổng số nhiệm vụ triển khai trong kỳ: ${task_total}.

| Phân loại | Số nhiệm vụ | Tỷ lệ | Biểu đồ |
|:---|---:|---:|:---|
<#list counts as c>
| ${c.label} | ${c.count} | ${c.percent_text} | ${c.bar} |
</#list>

<#if deadline_totals.tasks gt 0>
Trong ${deadline_totals.tasks} nhiệm vụ có thời hạn: hoàn thành đúng hạn ${deadline_totals.done_on_time} (${deadline_totals.done_on_time_text}), hoàn thành quá hạn ${deadline_totals.done_late} (${deadline_totals.done_late_text}), quá hạn chưa hoàn thành ${deadline_totals.overdue} (${deadline_totals.overdue_text}), chưa đến hạn ${deadline_totals.not_yet_due} (${deadline_totals.not_yet_due_text}).

</#if>
### 2. Tình hình gửi báo cáo

Số báo cáo phải gửi: ${reporting_total.expected}; đã nhận: ${reporting_total.received} (${reporting_total.reporting_rate_text}); đúng hạn: ${reporting_total.on_time} (${reporting_total.on_time_rate_text}); chưa nhận: ${reporting_total.missing_count}.

| Tình trạng | Số báo cáo | Tỷ lệ | Biểu đồ |
|:---|---:|---:|:---|
<#list reporting_chart as c>
| ${c.label} | ${c.count} | ${c.percent_text} | ${c.bar} |
</#list>

<#if reporting_by_period?size gt 1>
| Kỳ báo cáo | Hạn gửi | Phải gửi | Đã nhận | Đúng hạn | Tỷ lệ nhận | Tỷ lệ đúng hạn | Biểu đồ |
|:---|:---:|---:|---:|---:|---:|---:|:---|
<#list reporting_by_period as p>
| ${p.period_label} | ${p.due_text} | ${p.expected} | ${p.received} | ${p.on_time} | ${p.reporting_rate_text} | ${p.on_time_rate_text} | ${p.bar} |
</#list>

</#if>
### 3. Các chỉ tiêu

<#if indicators?has_content>
| Chỉ tiêu | Đơn vị tính | Trong kỳ | Lũy kế năm ${indicators[0].year} | Kế hoạch năm ${indicators[0].year} | Tỷ lệ so với kế hoạch |
|:---|:---|---:|---:|---:|---:|
<#list indicators as i>
| ${i.name} | ${i.unit} | ${i.value_text} | ${i.year_to_date_text} | ${i.target_text} | ${i.target_rate_text} |
</#list>
<#if final>

| Chỉ tiêu | Năm | Thực hiện | Kế hoạch | Tỷ lệ |
|:---|:---:|---:|---:|---:|
<#list indicators as i><#list i.by_year as y>
| ${i.name} | ${y.year} | ${y.value_text} | ${y.target_text} | ${y.rate_text} |
</#list></#list>
</#if>
<#else>
Kế hoạch không đặt chỉ tiêu định lượng.
</#if>

## II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ

<#list tasks as t>
<#if t.first_in_section>
### ${t.section_id}. ${t.section_title}

</#if>
#### Nhiệm vụ ${t.id}: ${t.classification_label}

- Nội dung: ${t.content}
- Thời hạn: ${t.timeframe}<#if t.due_text??> (hạn ${t.due_text})</#if>
- Chủ trì: ${t.leads_text}
- Phối hợp: ${t.coordinators_text}
<#if t.completed_on_text??>
- Hoàn thành: ngày ${t.completed_on_text}, hạn ${t.due_text}
</#if>
<#if final>
- Diễn biến qua các kỳ: <#list t.history as h>${h.period_label}: ${h.label}<#sep>; </#sep></#list>
</#if>
<#list t.indicators as i>
- ${i.name}: trong kỳ ${i.value_text} ${i.unit}; lũy kế năm ${i.year} ${i.year_to_date_text}/${i.target_text} ${i.unit} (${i.target_rate_text})
</#list>
- Kết quả các đơn vị báo cáo:
<#list t.results as r>
  - **${r.name}** (${r.role_label}<#if r.period_label??>, ${r.period_label}</#if>, ${r.status_text})<#if r.result??>: ${r.result}</#if>
</#list>

</#list>
## III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT

### 1. Khó khăn, vướng mắc

<#list difficulties as n>
- **${n.name}** (nhiệm vụ ${n.task}, ${n.period_label}): ${n.text}
<#else>
Các đơn vị không báo cáo khó khăn, vướng mắc.
</#list>

### 2. Kiến nghị, đề xuất

<#list proposals as n>
- **${n.name}** (nhiệm vụ ${n.task}, ${n.period_label}): ${n.text}
<#else>
Các đơn vị không có kiến nghị, đề xuất.
</#list>

## IV. NHỮNG VIỆC CẦN ĐÔN ĐỐC

### 1. Nhiệm vụ quá hạn chưa hoàn thành

<#list follow_up.overdue as o>
- Nhiệm vụ ${o.task} (hạn ${o.due_text}): ${o.pending_text}
<#else>
Không có nhiệm vụ quá hạn.
</#list>

### 2. Đơn vị chưa gửi báo cáo

<#list follow_up.missing as m>
- **${m.name}**: ${m.missing_text}
<#else>
Các đơn vị đã gửi đủ báo cáo.
</#list>

### 3. Đơn vị gửi báo cáo muộn

<#list follow_up.late as m>
- **${m.name}**: ${m.late_text}
<#else>
Không có báo cáo gửi muộn.
</#list>

| **Nơi nhận:**<br><#list document.recipients as r>- ${r}<#sep><br></#sep></#list> | **${document.signature.authority}**<br>${document.signature.title}<br><br><br><br>**${document.signature.name}** |
|:---|:---:|

## PHỤ LỤC

### Phụ lục 1. Phân loại nhiệm vụ

<#if final>
| Nhiệm vụ | Hạn | Hoàn thành | <#list period_labels as p>${p}<#sep> | </#sep></#list> |${"\n"}<#t>
|:---|:---:|:---:|<#list period_labels as p>:---:|</#list>${"\n"}<#t>
<#list tasks as t>
| ${t.id} | ${t.due_text!"Thường xuyên"} | ${t.completed_on_text!"—"} | <#list t.history_cells as c>${c}<#sep> | </#sep></#list> |${"\n"}<#t>
</#list>

Ký hiệu: <#list counts as c>${c.short}: ${c.label}<#sep>; </#sep></#list>; —: chưa đến thời gian thực hiện.
<#else>
| Nhiệm vụ | Thời hạn | Chủ trì | Phân loại | Ngày hoàn thành |
|:---|:---|:---|:---|:---:|
<#list tasks as t>
| ${t.id} | ${t.timeframe} | ${t.leads_text} | ${t.classification_label} | ${t.completed_on_text!"—"} |
</#list>
</#if>

### Phụ lục 2. Tình hình gửi báo cáo của các đơn vị

| Đơn vị | Phải gửi | Đã nhận | Đúng hạn | Tỷ lệ nhận | Tỷ lệ đúng hạn |
|:---|---:|---:|---:|---:|---:|
<#list reporting as b>
| ${b.name} | ${b.expected} | ${b.received} | ${b.on_time} | ${b.reporting_rate_text} | ${b.on_time_rate_text} |
</#list>
| **Tổng cộng** | **${reporting_total.expected}** | **${reporting_total.received}** | **${reporting_total.on_time}** | **${reporting_total.reporting_rate_text}** | **${reporting_total.on_time_rate_text}** |
<#if forced>

### Phụ lục 3. Lỗi trong dữ liệu báo cáo

<#list problems as p>
- ${p.text}
</#list>
</#if>

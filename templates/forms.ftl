<#-- HUONG-DAN.md: the instructions sent with the report forms (plan-report forms), in Vietnamese, the
     units' language. Every value arrives formatted by plan-report; this template only places it. -->
# Hướng dẫn điền báo cáo tiến độ ${period_words}

Kế hoạch: ${subject}.

**Hạn gửi báo cáo: ${due_long}** (${due_short}).

Mỗi đơn vị nhận một tệp `${period}_<mã đơn vị>.csv`, mỗi dòng là một nhiệm vụ đơn vị chủ trì hoặc phối hợp thực hiện trong kỳ. Các cột Đơn vị, Kỳ báo cáo, Nhiệm vụ đã điền sẵn: giữ nguyên. Không thêm dòng cho nhiệm vụ đơn vị không được giao, không đổi tên cột, không thêm cột.

## Cách điền từng cột

| Cột | Cách điền |
|---|---|
| Đơn vị | Đã điền sẵn (tên đơn vị như trong Kế hoạch). |
| Kỳ báo cáo | Đã điền sẵn: ${period_label}. |
| Nhiệm vụ | Đã điền sẵn: số thứ tự nhiệm vụ trong Kế hoạch (xem bảng cuối). |
| Tình trạng | **Bắt buộc.** Một trong ba giá trị: `Hoàn thành`, `Đang thực hiện`, `Chưa thực hiện`. |
| Tiến độ | Không bắt buộc. Số từ 0 đến 100 (phần trăm), ví dụ `80`. Nhiệm vụ hoàn thành thì ghi `100` hoặc để trống. |
| Ngày hoàn thành | **Bắt buộc khi Tình trạng là Hoàn thành**, để trống trong các trường hợp khác. Ghi ngày/tháng/năm, ví dụ `25/06/2022`, không sau Ngày báo cáo. |
| Ngày báo cáo | Ngày đơn vị gửi báo cáo, ví dụ `${example_submitted}`. |
| Kết quả | Kết quả thực hiện trong kỳ, 1–3 câu: hội nghị, số người tham dự, đoàn viên kết nạp, công đoàn cơ sở thành lập, kiểm tra, đối thoại… |
| Khó khăn | Nếu có. |
| Kiến nghị | Nếu có. |
<#list indicators as i>
| ${i.name} | Chỉ có trong biểu mẫu của đơn vị chịu trách nhiệm nhiệm vụ ${i.task}: số nguyên không âm (${i.unit}) đạt được trong kỳ, không ghi đơn vị tính (viết `1250` hoặc `1.250`); ghi ở dòng nhiệm vụ ${i.task}, để trống ở các dòng khác. |
</#list>

Nhiệm vụ có thời hạn đã qua mà đơn vị **chưa hoàn thành** vẫn phải báo cáo: thêm một dòng cho nhiệm vụ đó (tình trạng `Đang thực hiện`, hoặc `Hoàn thành` kèm ngày hoàn thành).

## Lưu tệp

Mở tệp bằng Excel, điền, rồi chọn **Lưu dưới dạng → CSV UTF-8 (Comma delimited) (*.csv)**, giữ nguyên tên tệp. Nếu lưu kiểu "CSV" thường, Excel ghi theo bảng mã Windows-1258 và dấu `;`: tệp vẫn được nhận (kiểm tra với `--encoding windows-1258`), nhưng nên dùng CSV UTF-8. Kiểm tra trước khi gửi:

    plan-report validate --as-of ${due_iso} ${period}_<mã đơn vị>.csv

## Nhiệm vụ trong kỳ

| Nhiệm vụ | Thời hạn | Nội dung (tóm tắt) |
|---|---|---|
<#list tasks as t>
| ${t.id} | ${t.timeframe} | ${t.summary} |
</#list>

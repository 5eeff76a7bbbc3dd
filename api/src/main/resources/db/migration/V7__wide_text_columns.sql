-- Every catalog cell may hold up to 10,000 characters (RowReader.MAX_CELL): the columns that keep cell text are
-- widened to that, so a long item code or department name is stored, not a database error (a 500).
alter table township alter column name set data type varchar(10000);
alter table township alter column county set data type varchar(10000);
alter table township alter column township_class set data type varchar(10000);
alter table township alter column provincial_approval_doc set data type varchar(10000);
alter table decision alter column subject set data type varchar(10000);
alter table delegation_item alter column receiver_name set data type varchar(10000);
alter table delegation_item alter column item_code set data type varchar(10000);
alter table delegation_item alter column from_department set data type varchar(10000);
alter table delegation_item alter column provincial_decision_doc set data type varchar(10000);
alter table responsibility_matter alter column matter_code set data type varchar(10000);
alter table responsibility_matter alter column domain set data type varchar(10000);
alter table duty_item alter column item_no set data type varchar(10000);
alter table duty_item alter column name set data type varchar(10000);
alter table duty_item alter column domain set data type varchar(10000);
alter table catalog_import alter column file_name set data type varchar(10000);
alter table catalog_import alter column data_sheet set data type varchar(10000);
alter table duty_item alter column lead_department set data type varchar(10000);
alter table duty_item alter column township_duties set data type varchar(10000);
alter table duty_item alter column department_duties set data type varchar(10000);
alter table duty_item alter column legal_basis set data type varchar(10000);

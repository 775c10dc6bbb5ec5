-- Preventive maintenance (issue 17): templates and their items speak English and Chinese, items
-- keep one key across template versions (so "last done" carries over an edit of the template),
-- templates are scheduled from completion (floating) or by the calendar (fixed), inspections
-- record the customer who signed, results the component they were about, and a fault the
-- failed result it was raised from.
ALTER TABLE checklist_template ADD COLUMN name_zh VARCHAR(200);
ALTER TABLE checklist_template ADD COLUMN scheduling VARCHAR(10) DEFAULT 'FLOATING' NOT NULL;
ALTER TABLE checklist_item ADD COLUMN item_key VARCHAR(60) DEFAULT 'item' NOT NULL;
ALTER TABLE checklist_item ADD COLUMN check_text_zh VARCHAR(500);
ALTER TABLE checklist_item ADD COLUMN method_zh VARCHAR(500);
ALTER TABLE checklist_item ADD COLUMN tools_zh VARCHAR(300);
ALTER TABLE checklist_item ADD COLUMN photo_wanted BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE checklist_item SET item_key = 'item-' || CAST(position AS VARCHAR(10));
ALTER TABLE inspection ADD COLUMN customer_name VARCHAR(200);
ALTER TABLE inspection_result ADD COLUMN component_id UUID;
ALTER TABLE fault ADD COLUMN inspection_result_id UUID;
CREATE INDEX inspection_outcome_idx ON inspection (outcome);

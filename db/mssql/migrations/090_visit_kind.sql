-- R6, R12: whether the patient comes for a first visit (初诊) or a follow-up (复诊) of the same
-- complaint, as the booking said; the clinic and registration see it. A simple appointment field
-- (decision 028). Twin: db/postgres/migrations/090_visit_kind.sql.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

ALTER TABLE dbo.appointment ADD visit_kind varchar(10) NULL;
GO

-- Its own batch: a batch is compiled before it runs, so the new column is known only after the
-- one that adds it.
ALTER TABLE dbo.appointment ADD CONSTRAINT appointment_visit_kind CHECK (visit_kind IN ('FIRST', 'FOLLOW_UP'));

-- Users of Cruddur Messages (SPEC section 3). gen_random_uuid() is built into PostgreSQL 13+,
-- so no extension is needed.
CREATE TABLE public.users (
  uuid            uuid      PRIMARY KEY DEFAULT gen_random_uuid(),
  display_name    text      NOT NULL,
  handle          text      NOT NULL,
  email           text      NOT NULL,
  cognito_user_id text      NOT NULL,
  created_at      timestamp NOT NULL DEFAULT now(),
  CONSTRAINT users_handle_key UNIQUE (handle)
);

-- Seeded users share the placeholder 'MOCK' until `db update-cognito-user-ids` gives each its
-- real Cognito sub; every real sub must name exactly one user.
CREATE UNIQUE INDEX users_cognito_user_id_key
  ON public.users (cognito_user_id)
  WHERE cognito_user_id <> 'MOCK';

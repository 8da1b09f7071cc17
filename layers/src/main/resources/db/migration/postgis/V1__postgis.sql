-- The spatial types and functions every territory schema uses.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;

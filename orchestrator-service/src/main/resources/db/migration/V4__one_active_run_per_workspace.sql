-- Two runs writing to one Intercom workspace at once would race for its rate limit and its records:
-- at most one run per workspace (base URL and token) may be unfinished.
CREATE UNIQUE INDEX run_one_active_per_workspace ON run (target_base_url, token_secret)
    WHERE state NOT IN ('COMPLETED', 'FAILED');

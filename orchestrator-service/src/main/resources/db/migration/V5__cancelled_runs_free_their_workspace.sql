-- A cancelled run is finished too: it no longer holds its workspace.
DROP INDEX run_one_active_per_workspace;
CREATE UNIQUE INDEX run_one_active_per_workspace ON run (target_base_url, token_secret)
    WHERE state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED');

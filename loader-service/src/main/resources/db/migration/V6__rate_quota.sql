-- Intercom's rate limit, one allowance per app shared by every loader replica: replicas lease calls
-- from the current window's row in small chunks, so together they never spend more than the app may.
CREATE TABLE rate_quota (
    -- the app: its API base URL, '#', and the SHA-256 of its token (never the token itself)
    app_key       VARCHAR(600) PRIMARY KEY,
    -- calls allowed per window, as X-RateLimit-Limit said; null until an answer said it
    window_limit  INTEGER,
    -- when the current window refills (epoch milliseconds), as X-RateLimit-Reset said; 0: not known yet
    window_end    BIGINT       NOT NULL DEFAULT 0,
    -- calls granted to the replicas in the current window (or more, when answers said more were spent)
    granted       INTEGER      NOT NULL DEFAULT 0
);

-- The web domains of the companies a run wrote: a contact without a customer joins the one company
-- its email domain names.
CREATE TABLE company_domain (
    run_id       VARCHAR(64)  NOT NULL,
    domain       VARCHAR(255) NOT NULL,
    customer_id  VARCHAR(255) NOT NULL,
    PRIMARY KEY (run_id, domain, customer_id)
);

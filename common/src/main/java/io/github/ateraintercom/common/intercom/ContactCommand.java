package io.github.ateraintercom.common.intercom;

/**
 * The writes of one Intercom contact: the {@code POST /contacts} body and the Atera customer whose
 * company it joins (null for none), which the loader resolves to an Intercom id through its ledger.
 */
public record ContactCommand(ContactBody contact, String companyId) {
}

/**
 * Integration tests: the real EAR, deployed once per run to a real Payara Server by the build
 * (pre-integration-test: {@code bin/kyodo test-env-up}), against a real MariaDB (embedded by default,
 * or an external MySQL/MariaDB with {@code -Dkyodo.test.db=external}), over HTTP with real RS256 tokens
 * signed by the key the server verifies with.
 */
package jp.kyodonet.it;

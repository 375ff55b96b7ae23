/**
 * The staff directory of each centre (TENANT scope): the people who work there as the identity provider knows them
 * (subject, name, e-mail, roles), filled when they sign in; whether they are active. Assignments pick from it.
 */
package jp.kyodonet.staff;

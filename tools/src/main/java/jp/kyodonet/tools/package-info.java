/** Tooling for the run command and the tests: the embedded MariaDB launcher. Not part of the EAR. */
package jp.kyodonet.tools;

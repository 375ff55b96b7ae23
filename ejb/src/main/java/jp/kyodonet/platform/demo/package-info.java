/** Demo mode: the guard that keeps it out of production, and the demo-data loader. */
package jp.kyodonet.platform.demo;

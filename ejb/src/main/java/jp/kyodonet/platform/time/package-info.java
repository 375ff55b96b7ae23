/** Business time: Japanese fiscal years (April to March) and the clock in Japan time. */
package jp.kyodonet.platform.time;

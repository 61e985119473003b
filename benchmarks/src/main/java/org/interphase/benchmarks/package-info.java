/** JMH benchmarks and side-by-side runners against reference codes; see {@code benchmarks/README.md}. */
package org.interphase.benchmarks;

package org.interphase.badinput;

/** What one call with one bad argument did, as the bad-input harness classifies it. */
enum Outcome {
    /** IllegalArgumentException naming the parameter and showing the value, or NPE naming the parameter. */
    GOOD("IAE/NPE naming parameter (and value)", false),
    /** A documented domain exception (ConvergenceException, MaterialFileException, a declared checked one). */
    DOMAIN("documented domain exception", false),
    /** Returned normally, finite result, no documented range violated. */
    ACCEPTED("accepted (finite result, no documented range violated)", false),
    /** IllegalArgumentException that names neither the parameter nor its value. */
    BLAME("IAE blaming something else (no parameter name or value)", true),
    /** Any other exception: raw JVM exception, Commons Math leak, error. */
    UNHELPFUL("unhelpful exception (JVM/Commons Math/other)", true),
    /** Returned NaN/Infinity although the bad value itself was finite. */
    NONFINITE_FROM_FINITE("NaN/Inf result from finite input", true),
    /** Returned NaN/Infinity for a NaN/Infinity argument (bad input must be refused). */
    NONFINITE_FROM_NONFINITE("NaN/Inf result from NaN/Inf input", true),
    /** Returned a finite result for a NaN/Infinity argument (bad input must be refused). */
    NONFINITE_INPUT_ACCEPTED("NaN/Inf argument accepted silently", true),
    /** Returned normally for a null argument whose Javadoc does not allow null. */
    NULL_ACCEPTED("null accepted silently", true),
    /** Returned normally with a value that the member's own Javadoc range forbids. */
    OUT_OF_RANGE_ACCEPTED("accepted although the Javadoc range forbids it", true),
    /** Did not finish within the time limit. */
    HANG("hang (not finished within the time limit)", true);

    final String label;
    final boolean failure;

    Outcome(String label, boolean failure) {
        this.label = label;
        this.failure = failure;
    }
}

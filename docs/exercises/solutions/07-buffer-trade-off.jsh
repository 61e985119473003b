// Exercise 7: the buffer-layer trade-off, calibrated to Kato et al. 2014. Run by the build.
import org.interphase.core.*;
import org.interphase.buffer.*;
import java.util.Random;

var m = ExponentialSuppression.calibrate(Units.ohmCm2(2600), Units.ohmCm2(150), Units.nm(10), 0);
System.out.println(m);
System.out.println(m.optimum());
if (Math.abs(Units.toNm(m.decayLength()) - 2.188) > 0.001) throw new AssertionError("λ");
if (Math.abs(Units.toSPerCm(m.coatingConductivity()) / 8.125e-9 - 1) > 1e-3) throw new AssertionError("σ");
// closed form vs the definition: the derivative vanishes at L*
double ls = m.optimum().thickness();
double h = 1e-13;
double slope = (m.resistance(ls + h) - m.resistance(ls - h)) / (2 * h);
if (Math.abs(slope) * m.decayLength() > 1e-6 * m.resistance(ls)) throw new AssertionError("dR/dL at L* = " + slope);

// synthetic measurements with 5 % noise, fitted back
double[] nm = {0, 2, 5, 10, 20, 50};
double[] l = new double[nm.length];
double[] r = new double[nm.length];
Random random = new Random(2014);
for (int i = 0; i < nm.length; i++) { l[i] = Units.nm(nm[i]); r[i] = m.resistance(l[i]) * Math.exp(0.05 * random.nextGaussian()); }
var fit = TradeOffFitter.withDefaults().solve(TradeOffFitProblem.of(l, r, 0));
System.out.println(fit);
var err = fit.relativeErrors();
if (Math.abs(Math.log(fit.model().decayLength() / m.decayLength())) > 3 * err.decayLength().orElseThrow()) throw new AssertionError("λ off");
if (Math.abs(Math.log(fit.model().coatingConductivity() / m.coatingConductivity())) > 3 * err.coatingConductivity().orElseThrow()) throw new AssertionError("σ off");
if (!fit.warnings().isEmpty()) throw new AssertionError("warnings: " + fit.warnings());

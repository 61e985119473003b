// Exercise 1: the Debye length, and why the oxide | sulfide layer is thin. Run by the build.
import org.interphase.core.*;

double debye(double epsR, double c, double t) {
    double e = Constants.ELEMENTARY_CHARGE;
    return Math.sqrt(Constants.VACUUM_PERMITTIVITY * epsR * Constants.thermalEnergy(t) / (2 * e * e * c));
}

double t = Units.celsius(25);
double dilute = debye(30, Units.perCm3(1e18), t);
double allLi = debye(30, Units.perCm3(2e22), t);
System.out.printf("λ_D at 1e18 cm⁻³: %.3f nm%n", Units.toNm(dilute));
System.out.printf("λ_D at 2e22 cm⁻³: %.4f nm (Li–Li distance ≈ 0.3 nm)%n", Units.toNm(allLi));

// self-check: λ_D ∝ c^(-1/2), and the values quoted in the statement's solution
if (Math.abs(dilute / allLi - Math.sqrt(2e22 / 1e18)) > 1e-9 * dilute / allLi) throw new AssertionError("scaling");
if (Math.abs(Units.toNm(dilute) - 4.615) > 0.005) throw new AssertionError("λ_D(1e18) = " + Units.toNm(dilute));
if (Math.abs(Units.toNm(allLi) - 0.0326) > 0.0005) throw new AssertionError("λ_D(2e22) = " + Units.toNm(allLi));

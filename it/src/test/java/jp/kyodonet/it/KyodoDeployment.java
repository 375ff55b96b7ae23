package jp.kyodonet.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/**
 * The deployment of the whole test run: the EAR the build just made, deployed once by Arquillian to
 * the Payara domain of the test environment and shared by every integration test class. The tests talk
 * to it over HTTP as clients ({@code testable = false}).
 */
@ArquillianSuiteDeployment
public final class KyodoDeployment {

    private KyodoDeployment() {
    }

    @Deployment(name = "kyodo", testable = false)
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("kyodo.it.ear", "../ear/target/kyodo.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}

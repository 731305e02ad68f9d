package studio.backprop.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers ELK Layered with ELK's meta data service, once per JVM, before the first layout.
 *
 * <p>Outside Eclipse nothing discovers layout algorithms by itself, and registering twice would
 * only repeat work, so the initialization-on-demand holder idiom makes the JVM run it exactly once
 * and lets every thread see the finished registration.
 */
final class LayeredRegistration {

    private LayeredRegistration() {
    }

    static void ensureRegistered() {
        if (!Holder.REGISTERED) {
            throw new IllegalStateException("ELK Layered could not be registered");
        }
    }

    private static final class Holder {
        static final boolean REGISTERED = register();

        private static boolean register() {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            return true;
        }
    }
}

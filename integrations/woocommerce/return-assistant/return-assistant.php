<?php
/**
 * Plugin Name:       Return Assistant
 * Description:       A return and cancellation pre-check on your product pages. It runs entirely in the shopper's browser: no server, no request, no cookie.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Requires Plugins:  woocommerce
 * License:           MIT
 * Text Domain:       return-assistant
 *
 * On product pages it loads the widget (assets/return-assistant.js, as a module) and prints a
 * <return-assistant> launcher with the product's price, currency, weight and category, so the shopper is
 * never asked them. Every value printed is escaped: esc_attr() for attributes, wp_json_encode() with
 * JSON_HEX_TAG for the policy JSON, esc_html() and esc_attr() on the settings page.
 *
 * @package ReturnAssistant
 */

defined( 'ABSPATH' ) || exit;

define( 'RETURN_ASSISTANT_VERSION', '0.1.0' );

/**
 * The plugin's settings: a built-in policy id (or json-ld), the merchant's own policy (decoded JSON, which wins
 * over the id), and a language code (empty: the page's).
 *
 * @return array{policy: string, policy_json: array|null, language: string}
 */
function return_assistant_settings() {
	$saved = get_option( 'return_assistant', array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'policy'      => '',
			'policy_json' => null,
			'language'    => '',
		)
	);
}

/**
 * The product on show, where the assistant is shown: on product pages, once a policy is set. Null elsewhere.
 *
 * @return WC_Product|null
 */
function return_assistant_product() {
	$settings = return_assistant_settings();
	if ( ! function_exists( 'is_product' ) || ! is_product() || ( '' === $settings['policy'] && null === $settings['policy_json'] ) ) {
		return null;
	}
	$product = wc_get_product( get_queried_object_id() );
	return $product ? $product : null;
}

/**
 * The price the shopper sees (with or without tax, as the store shows prices), written with a dot for the
 * decimal point; null when it depends on a variation not chosen yet.
 *
 * @param WC_Product $product The product.
 * @return string|null
 */
function return_assistant_price( $product ) {
	if ( $product->is_type( 'variable' ) ) {
		$lowest  = $product->get_variation_price( 'min', true );
		$highest = $product->get_variation_price( 'max', true );
		$price   = ( '' !== $lowest && (float) $lowest === (float) $highest ) ? $lowest : '';
	} else {
		$price = wc_get_price_to_display( $product );
	}
	return '' === $price || null === $price ? null : wc_format_decimal( $price, wc_get_price_decimals() );
}

/**
 * The <return-assistant> element's attributes for a product. Developers can add or change any of them (a
 * `mode`, a `seller`, a category from their own taxonomy) with the `return_assistant_attributes` filter.
 *
 * @param WC_Product $product The product.
 * @return array<string, string>
 */
function return_assistant_attributes( $product ) {
	$settings   = return_assistant_settings();
	$attributes = array( 'currency' => get_woocommerce_currency() );
	if ( null === $settings['policy_json'] ) {
		$attributes['policy'] = $settings['policy'];
	}
	if ( '' !== $settings['language'] ) {
		$attributes['lang'] = $settings['language'];
	}
	$price = return_assistant_price( $product );
	if ( null !== $price ) {
		$attributes['price'] = $price;
	}
	// WooCommerce weights are in the store's unit: kg, g, lbs or oz, each of which the widget reads.
	$unit   = get_option( 'woocommerce_weight_unit', 'kg' );
	$weight = $product->get_weight();
	if ( is_numeric( $weight ) && (float) $weight > 0 ) {
		$attributes['weight'] = wc_format_decimal( $weight ) . ' ' . $unit;
	}
	// One of the policy's category options, from a custom field of the product.
	$category = $product->get_meta( 'return_assistant_category' );
	if ( is_string( $category ) && '' !== trim( $category ) ) {
		$attributes['category'] = trim( $category );
	}
	if ( $product->is_type( 'variable' ) ) {
		// variations.js sets price, weight and variant when the shopper picks a variation.
		$attributes['data-weight-unit'] = $unit;
	}
	return apply_filters( 'return_assistant_attributes', $attributes, $product );
}

add_action(
	'wp_enqueue_scripts',
	function () {
		$product = return_assistant_product();
		if ( ! $product ) {
			return;
		}
		// The widget's lazy parts are imported relative to this file, from the same folder.
		wp_enqueue_script_module( 'return-assistant', plugins_url( 'assets/return-assistant.js', __FILE__ ), array(), RETURN_ASSISTANT_VERSION );
		if ( $product->is_type( 'variable' ) ) {
			wp_enqueue_script(
				'return-assistant-variations',
				plugins_url( 'variations.js', __FILE__ ),
				array( 'jquery' ),
				RETURN_ASSISTANT_VERSION,
				array(
					'in_footer' => true,
					'strategy'  => 'defer',
				)
			);
		}
	}
);

add_action(
	'wp_footer',
	function () {
		$product = return_assistant_product();
		if ( ! $product ) {
			return;
		}
		$settings = return_assistant_settings();
		echo '<return-assistant';
		foreach ( return_assistant_attributes( $product ) as $name => $value ) {
			// A filter may add attributes: only names made of letters, digits and hyphens are written.
			if ( preg_match( '/^[a-z][a-z0-9-]*$/', $name ) ) {
				echo ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
			}
		}
		echo '>';
		if ( null !== $settings['policy_json'] ) {
			// JSON_HEX_TAG writes < and > as \u003C and \u003E: the same JSON, and no "</script>" can end the script.
			echo '<script type="application/json">' . wp_json_encode( $settings['policy_json'], JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . '</script>';
		}
		echo '</return-assistant>';
	}
);

/**
 * Keeps the settings as the widget needs them: text without tags, and the policy JSON decoded (a policy
 * that is not JSON is refused with a message, and the one saved before is kept).
 *
 * @param mixed $input What the settings form sent.
 * @return array
 */
function return_assistant_sanitize( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = return_assistant_settings();
	$json     = isset( $input['policy_json'] ) ? $input['policy_json'] : '';
	// WordPress may pass settings it already sanitized (the first save of an option): a decoded policy stays.
	$policy = is_array( $json ) ? $json : null;
	$json   = is_string( $json ) ? trim( wp_unslash( $json ) ) : '';
	if ( '' !== $json ) {
		$policy = json_decode( $json, true );
		if ( ! is_array( $policy ) ) {
			add_settings_error( 'return_assistant', 'policy_json', __( 'Your policy is not valid JSON, so the one saved before is kept. Check it with: npx return-assistant validate policy.json', 'return-assistant' ) );
			$policy = $previous['policy_json'];
		}
	}
	return array(
		'policy'      => isset( $input['policy'] ) ? sanitize_text_field( wp_unslash( $input['policy'] ) ) : '',
		'policy_json' => $policy,
		'language'    => isset( $input['language'] ) ? sanitize_text_field( wp_unslash( $input['language'] ) ) : '',
	);
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'return_assistant',
			'return_assistant',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'return_assistant_sanitize',
			)
		);
		add_settings_section( 'return_assistant_main', '', '__return_false', 'return-assistant' );
		$fields = array(
			'policy'      => __( 'Policy', 'return-assistant' ),
			'policy_json' => __( 'Your own policy (JSON)', 'return-assistant' ),
			'language'    => __( 'Language', 'return-assistant' ),
		);
		foreach ( $fields as $id => $label ) {
			add_settings_field(
				'return_assistant_' . $id,
				$label,
				'return_assistant_field',
				'return-assistant',
				'return_assistant_main',
				array(
					'id'        => $id,
					'label_for' => 'return_assistant_' . $id,
				)
			);
		}
	}
);

/**
 * One settings field.
 *
 * @param array $field The field's id.
 */
function return_assistant_field( $field ) {
	$settings = return_assistant_settings();
	$id       = $field['id'];
	$name     = 'return_assistant[' . $id . ']';
	if ( 'policy_json' === $id ) {
		$value = null === $settings['policy_json'] ? '' : wp_json_encode( $settings['policy_json'], JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		echo '<textarea id="return_assistant_policy_json" name="' . esc_attr( $name ) . '" rows="12" class="large-text code">' . esc_textarea( $value ) . '</textarea>';
		echo '<p class="description">' . esc_html__( 'A policy in the Return Assistant policy format. When given, it is used instead of the policy id.', 'return-assistant' ) . '</p>';
		return;
	}
	echo '<input type="text" id="' . esc_attr( 'return_assistant_' . $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $settings[ $id ] ) . '" class="regular-text">';
	$help = 'policy' === $id
		? __( 'A built-in policy id, or json-ld to use the schema.org MerchantReturnPolicy your pages publish.', 'return-assistant' )
		: __( 'A language code such as en or es. Empty: the language of the page.', 'return-assistant' );
	echo '<p class="description">' . esc_html( $help ) . '</p>';
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Return Assistant', 'return-assistant' ),
			__( 'Return Assistant', 'return-assistant' ),
			'manage_options',
			'return-assistant',
			function () {
				echo '<div class="wrap"><h1>' . esc_html__( 'Return Assistant', 'return-assistant' ) . '</h1><form method="post" action="options.php">';
				settings_fields( 'return_assistant' );
				do_settings_sections( 'return-assistant' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
